// Date's locale methods are not provided.
const d = new Date();
print(d.getFullYear(), d.toLocaleString());
// expect: TSFW1004 3:26
