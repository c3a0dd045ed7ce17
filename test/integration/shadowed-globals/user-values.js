// Values the main module imports under the names of globals (what `import Promise from
// "bluebird"` does in real code).
export const Symbol = "user Symbol";
export default "user Reflect";
