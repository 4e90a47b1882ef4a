// What a user is told when an imported article had images: a document keeps the text only.

/** "2 images of the article were left out; …", as a sentence. */
export function imagesLeftOutNote(count: number): string {
  return `${count === 1 ? 'An image' : `${count} images`} of the article ${count === 1 ? 'was' : 'were'} left out; a document keeps the text, captions included.`;
}
