// The article's metadata above its text: title, byline, outlet, date, URL, and credit/licence.
import type { DocumentMeta } from '@shared/domain/document';

export function DocumentHeader({ meta }: { meta: DocumentMeta }) {
  const line = [meta.byline, meta.outlet !== meta.byline ? meta.outlet : '', meta.published].filter(Boolean);
  return (
    <header className="doc-header" dir={meta.dir === 'rtl' ? 'rtl' : undefined}>
      <h1 className="doc-header__title">{meta.title}</h1>
      {line.length > 0 ? <p className="doc-header__line">{line.join(' · ')}</p> : null}
      {meta.url ? (
        <p className="doc-header__url" title={meta.url}>
          {meta.url}
        </p>
      ) : null}
      {meta.credit || meta.license ? (
        <p className="doc-header__credit">
          {[meta.credit, meta.license ? `Licence: ${meta.license}` : ''].filter(Boolean).join(' · ')}
        </p>
      ) : null}
    </header>
  );
}
