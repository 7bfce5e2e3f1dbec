// Preload (`node --import ./scripts/forbid-network.mjs`, or via NODE_OPTIONS) that makes every outgoing HTTP request
// from Node to a non-loopback host fail loudly. The machine can reach the npm registry, and Framework would happily ask
// it for versions missing from the offline cache; with this preload such a lookup fails the build instead.
// Each blocked URL is also appended to $FORBID_NETWORK_LOG, if set, so a caller can assert that none was attempted.
import {appendFileSync} from "node:fs";
import http from "node:http";
import https from "node:https";

const LOCAL = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

function check(url) {
  let host;
  try {
    host = new URL(String(url)).hostname;
  } catch {
    return;
  }
  if (LOCAL.has(host) || host.endsWith(".localhost")) return;
  const hint = /(^|\.)(npmjs\.org|jsdelivr\.net)$/.test(host)
    ? " (an npm: import missing from the offline cache: install it and add it to PACKAGES in scripts/fill-npm-cache.ts)"
    : "";
  const message = `forbid-network: blocked request to ${url}${hint}`;
  if (process.env.FORBID_NETWORK_LOG) appendFileSync(process.env.FORBID_NETWORK_LOG, `${url}\n`);
  process.stderr.write(`${message}\n`);
  throw new Error(message);
}

const originalFetch = globalThis.fetch;
globalThis.fetch = function fetch(input, init) {
  try {
    check(typeof input === "object" && input !== null && "url" in input ? input.url : input);
  } catch (error) {
    return Promise.reject(error);
  }
  return originalFetch(input, init);
};

for (const [module, protocol] of [
  [http, "http:"],
  [https, "https:"]
]) {
  for (const method of ["request", "get"]) {
    const original = module[method];
    module[method] = function (...args) {
      const [first] = args;
      if (typeof first === "string" || first instanceof URL) check(first);
      else if (first && typeof first === "object")
        check(`${first.protocol ?? protocol}//${first.hostname ?? first.host ?? "localhost"}`);
      return original.apply(this, args);
    };
  }
}
