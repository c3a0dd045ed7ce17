// An anonymous async function expression outside any naming position is natively unnamed. The
// lowering binds such a function to a fresh self name (so `new` on it can throw); that binding
// is an assignment, which must not name the function after the temporary (test262
// expressions/async-function/name.js).
print(JSON.stringify((async function () {}).name));
print(JSON.stringify((async function () { await 1; }).name));
print(JSON.stringify([async function () {}][0].name));
var f = async function () {};
print(f.name);
var named = async function inner() {};
print(named.name);
var d = Object.getOwnPropertyDescriptor(async function () {}, "name");
print(JSON.stringify(d));
print(JSON.stringify((function* () {}).name), JSON.stringify((async function* () {}).name));
