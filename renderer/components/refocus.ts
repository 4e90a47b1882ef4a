// Focus that fell to the page because what held it went (a field that closed, a row that left)
// goes to the main content: the article's text, else the main pane. Focus still on something in
// the page stays where it is.
export function refocusIfLost(): void {
  const active = document.activeElement;
  if (active !== null && active !== document.body && active.isConnected) return;
  const target = document.querySelector<HTMLElement>('.article-text') ?? document.querySelector<HTMLElement>('main.article-pane');
  target?.focus({ preventScroll: true });
}
