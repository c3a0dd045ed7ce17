/**
 * A throwaway project laid out as a user's, on Babel 8 (the repository's own toolchain) or on
 * Babel 7 (test/babel7/: Babel 7, preset-env 7, babel-loader 9 and @rollup/plugin-babel 6, which
 * `npm ci` installs in that folder because their @babel/core peer must be Babel 7 while the
 * repository's is Babel 8; see test/babel7/README.md).
 *
 * The project has a babel.config.js, its toolchain's `@babel` folder in node_modules, and the
 * package installed as a COPY of package.json and the compiled dist/src, not a symlink: Node
 * resolves a symlink to its real path, from where the plugin's own `import "@babel/core"` would
 * find the repository's Babel 8 whatever the project uses. Invariant: inside a project, every
 * @babel/* import (the plugin's, preset-env's, the loader's) resolves to one Babel major.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { packageRoot } from "./root.js";

export type BabelMajor = 7 | 8;

/** The node_modules folder holding a Babel major's @babel packages, babel-loader and @rollup/plugin-babel. */
export function toolchainModules(major: BabelMajor): string {
  return major === 8 ? join(packageRoot(), "node_modules") : join(packageRoot(), "test", "babel7", "node_modules");
}

/** `require` resolving from a Babel major's toolchain (its babel-loader, @rollup/plugin-babel, @babel/core). */
export function toolchainRequire(major: BabelMajor): NodeJS.Require {
  return createRequire(join(dirname(toolchainModules(major)), "package.json"));
}

/** The subset of @babel/core's API the tests call, the same on Babel 7 and 8. */
interface BabelCore {
  version: string;
  transformAsync(code: string, options: object): Promise<{ code?: string | null } | null>;
}

export interface UserProject {
  readonly dir: string;
  readonly major: BabelMajor;
  /** Lowers `code` as the project's babel.config.js says, for a file of the project. */
  transform(code: string, filename: string, sourceType?: "script" | "module"): Promise<string>;
  remove(): void;
}

/**
 * Makes a project whose babel.config.js is `config` (an ES module's text). `compiledSrc` is the
 * compiled dist/src folder the tests run against; it is installed as babel-plugin-slot-machine.
 */
export async function makeUserProject(major: BabelMajor, config: string, compiledSrc: string): Promise<UserProject> {
  const dir = mkdtempSync(join(tmpdir(), `slot-machine-babel${major}-project-`));
  const modules = join(dir, "node_modules");
  mkdirSync(modules);
  symlinkSync(join(toolchainModules(major), "@babel"), join(modules, "@babel"), "dir");
  const installed = join(modules, "babel-plugin-slot-machine");
  mkdirSync(installed);
  writeFileSync(join(installed, "package.json"), readFileSync(join(packageRoot(), "package.json")));
  cpSync(compiledSrc, join(installed, "dist", "src"), { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `babel${major}-user`, private: true, type: "module" }));
  writeFileSync(join(dir, "babel.config.js"), config);
  // Imported, not required: Babel 8 is ESM-only (Babel 7's CommonJS exports come as the default).
  const core = (await import(pathToFileURL(createRequire(join(dir, "package.json")).resolve("@babel/core")).href)) as BabelCore | { default: BabelCore };
  const babel = "transformAsync" in core ? core : core.default;
  if (!babel.version.startsWith(`${major}.`)) throw new Error(`the Babel ${major} project resolved @babel/core ${babel.version}`);
  return {
    dir,
    major,
    async transform(code, filename, sourceType = "script") {
      // Async: Babel 7 loads an ES-module config file and plugin only asynchronously.
      const result = await babel.transformAsync(code, { cwd: dir, root: dir, filename: join(dir, filename), sourceType, highlightCode: false });
      if (!result || typeof result.code !== "string") throw new Error(`${filename}: Babel ${major} returned no code`);
      return result.code;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The README's one-line configuration beside preset-env. */
export const ONE_LINE_CONFIG = 'export default {\n  presets: [["@babel/preset-env", { targets: "ie 11" }]],\n  plugins: ["slot-machine"],\n};\n';
