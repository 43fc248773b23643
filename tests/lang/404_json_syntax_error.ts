// Malformed JSON throws SyntaxError with node's message; uncaught, it ends the program with code 1.
const good = JSON.parse('{"a": [1, 2, {"b": "c"}]}');
console.log(good);
console.log(JSON.parse('"tab\\tquote\\"slash\\/u\\u0041"'));
console.log("before");
JSON.parse('{"a": 1,}');
console.log("not reached");
