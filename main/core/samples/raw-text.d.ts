// Vite imports a file's text with the "?raw" suffix; this tells TypeScript what that gives.
declare module '*.txt?raw' {
  const text: string;
  export default text;
}
