// Wipes dist/ before a build so that deleted sources and tests do not linger in the output.
import { rmSync } from "node:fs";
rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
