// split with a RegExp: separators of varying width, captures spliced in, limits, edges.
print("a, b ;c  ;  d".split(/\s*[,;]\s*/));
print("2024-03-15T08:30:00Z".split(/[-T:Z]/));
print("one1two22three333four".split(/\d+/));
print("one1two22three".split(/(\d+)/));
print("a1b2c3".split(/(\d)/, 4));
print("key = value = more".split(/\s*=\s*/, 2));
print("--a--b--".split(/-+/), "--a--b--".split(/(-)+/));
print("line1\r\nline2\nline3\r\n".split(/\r?\n/));
print("CamelCaseWordsHere".split(/(?=[A-Z])/));
print("a|b\\|c|d".split(/(?<!\\)\|/));
print("abc".split(/(b)|(x)/));
print("  padded  words  ".trim().split(/\s+/), "".split(/\s+/), " ".split(/\s+/));
print("AbCd".split(/[a-z]/i), "a.b.c".split(/\./, -1).length);
const words = "The quick, brown fox; jumps over... the lazy dog!".split(/\W+/).filter((w) => w.length > 0);
print(words, words.length);
