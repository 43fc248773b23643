var total = 0;
for (let i = 0; i < 3; i++) total += i;
print(total);
// expect: TSFW1001 1:1
