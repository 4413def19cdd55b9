// CSV files are bundled as text (esbuild's text loader; a Jest transform in tests), so the
// reference data ships inside each app and reading it needs no file system access.
declare module '*.csv' {
  const text: string;
  export default text;
}
