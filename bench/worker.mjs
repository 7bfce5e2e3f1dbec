// Worker threads do not inherit the TypeScript loader; this entry registers it, then runs the worker.
import {register} from "tsx/esm/api";

register();
await import("./worker.ts");
