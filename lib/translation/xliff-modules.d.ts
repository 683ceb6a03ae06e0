// The `xliff` package ships no types; these are the two functions used (lib/translation/xliff.ts).
declare module "xliff/js2xliff" {
  export default function js2xliff(js: unknown): Promise<string>;
}
declare module "xliff/xliff2js" {
  export default function xliff2js(xml: string): Promise<unknown>;
}
