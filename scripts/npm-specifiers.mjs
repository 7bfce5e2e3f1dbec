// Lets Node (and tsx) run modules written for Framework pages, whose imports name npm packages as `npm:name`: the
// specifier resolves to the installed package. Use: node --import ./scripts/npm-specifiers.mjs script.js
import {register} from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function resolve(specifier, context, next) {
        return next(specifier.startsWith("npm:") ? specifier.slice(4) : specifier, context);
      }`
    ),
  import.meta.url
);
