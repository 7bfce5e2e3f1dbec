// Pages and components import npm packages as `npm:name` (Framework resolves them from its offline cache); for the
// type checker and for vitest (which aliases `npm:name` to `name`), they are the installed packages.
declare module "npm:@observablehq/plot" {
  export * from "@observablehq/plot";
}

// Framework's standard library, which exported modules import explicitly (pages get it implicitly).
declare module "observablehq:stdlib" {
  interface FileAttachment {
    name: string;
    url(): Promise<string>;
    json(): Promise<unknown>;
    text(): Promise<string>;
  }
  export function FileAttachment(name: string): FileAttachment;
}
