// The document content schema: ProseMirror JSON restricted to the small schema of DESIGN.md
// section 4. Stored content is only ever this JSON, never raw HTML.
import { z } from 'zod';
import { TextDirectionSchema } from './primitives';
import { isSafeLinkUrl } from './safe-url';

const SafeHrefSchema = z.string().refine(isSafeLinkUrl, { message: 'link must be an http, https or mailto URL' });

export const MarkSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('em') }),
  z.strictObject({ type: z.literal('strong') }),
  z.strictObject({ type: z.literal('code') }),
  z.strictObject({ type: z.literal('sub') }),
  z.strictObject({ type: z.literal('sup') }),
  z.strictObject({
    type: z.literal('link'),
    attrs: z.strictObject({ href: SafeHrefSchema, title: z.string().max(1000).nullable() }),
  }),
]);
export type Mark = z.infer<typeof MarkSchema>;

export const TextNodeSchema = z.strictObject({
  type: z.literal('text'),
  text: z.string().min(1).regex(/^[^\n\r]*$/, { message: 'text may not hold line breaks (use hard_break)' }),
  marks: z.array(MarkSchema).optional(),
});
export const HardBreakSchema = z.strictObject({ type: z.literal('hard_break') });
export const InlineNodeSchema = z.discriminatedUnion('type', [TextNodeSchema, HardBreakSchema]);
export type InlineNode = z.infer<typeof InlineNodeSchema>;

const BlockAttrsSchema = z.strictObject({ dir: TextDirectionSchema.nullable().optional() });

export const ParagraphSchema = z.strictObject({
  type: z.literal('paragraph'),
  attrs: BlockAttrsSchema.optional(),
  content: z.array(InlineNodeSchema).optional(),
});
export const HeadingSchema = z.strictObject({
  type: z.literal('heading'),
  attrs: z.strictObject({
    level: z.number().int().min(1).max(6),
    dir: TextDirectionSchema.nullable().optional(),
  }),
  content: z.array(InlineNodeSchema).optional(),
});
export const HorizontalRuleSchema = z.strictObject({ type: z.literal('horizontal_rule') });

export interface ParagraphNode {
  type: 'paragraph';
  attrs?: { dir?: 'ltr' | 'rtl' | 'auto' | null | undefined } | undefined;
  content?: InlineNode[] | undefined;
}
export interface HeadingNode {
  type: 'heading';
  attrs: { level: number; dir?: 'ltr' | 'rtl' | 'auto' | null | undefined };
  content?: InlineNode[] | undefined;
}
export interface BlockquoteNode {
  type: 'blockquote';
  attrs?: { dir?: 'ltr' | 'rtl' | 'auto' | null | undefined } | undefined;
  content: BlockNode[];
}
export interface ListItemNode {
  type: 'list_item';
  content: BlockNode[];
}
export interface BulletListNode {
  type: 'bullet_list';
  attrs?: { dir?: 'ltr' | 'rtl' | 'auto' | null | undefined } | undefined;
  content: ListItemNode[];
}
export interface OrderedListNode {
  type: 'ordered_list';
  attrs?: { order?: number | undefined; dir?: 'ltr' | 'rtl' | 'auto' | null | undefined } | undefined;
  content: ListItemNode[];
}
export interface HorizontalRuleNode {
  type: 'horizontal_rule';
}
export type BlockNode =
  | ParagraphNode
  | HeadingNode
  | BlockquoteNode
  | BulletListNode
  | OrderedListNode
  | HorizontalRuleNode;
export interface DocNode {
  type: 'doc';
  content: BlockNode[];
}

export const ListItemSchema: z.ZodType<ListItemNode> = z.strictObject({
  type: z.literal('list_item'),
  get content() {
    return z.array(BlockSchema).min(1);
  },
});

export const BlockSchema: z.ZodType<BlockNode> = z.lazy(() =>
  z.discriminatedUnion('type', [
    ParagraphSchema,
    HeadingSchema,
    HorizontalRuleSchema,
    z.strictObject({
      type: z.literal('blockquote'),
      attrs: BlockAttrsSchema.optional(),
      content: z.array(BlockSchema).min(1),
    }),
    z.strictObject({
      type: z.literal('bullet_list'),
      attrs: BlockAttrsSchema.optional(),
      content: z.array(ListItemSchema).min(1),
    }),
    z.strictObject({
      type: z.literal('ordered_list'),
      attrs: z
        .strictObject({ order: z.number().int().min(0).optional(), dir: TextDirectionSchema.nullable().optional() })
        .optional(),
      content: z.array(ListItemSchema).min(1),
    }),
  ]),
);

export const DocContentSchema: z.ZodType<DocNode> = z.strictObject({
  type: z.literal('doc'),
  content: z.array(BlockSchema).min(1),
});

/** Builds a paragraph node holding plain text (no node for empty text, as ProseMirror requires). */
export function paragraph(text: string, dir?: 'ltr' | 'rtl' | 'auto'): ParagraphNode {
  const node: ParagraphNode = { type: 'paragraph' };
  if (dir) node.attrs = { dir };
  if (text !== '') node.content = [{ type: 'text', text }];
  return node;
}
