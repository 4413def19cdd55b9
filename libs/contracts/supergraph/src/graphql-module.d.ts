// The composed schema is bundled as text (esbuild's text loader; a Jest transform in tests).
declare module '*.graphql' {
  const text: string;
  export default text;
}
