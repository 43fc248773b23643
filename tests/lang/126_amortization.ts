// Loan amortization schedule with monthly payments, rounding to cents, and summary totals.
function payment(principal: number, annualRate: number, months: number): number {
  const r = annualRate / 12;
  if (r === 0) return principal / months;
  return (principal * r) / (1 - (1 + r) ** -months);
}
function schedule(principal: number, annualRate: number, months: number, extra = 0): void {
  const pay = Math.round(payment(principal, annualRate, months) * 100) / 100;
  console.log(`loan ${principal.toFixed(2)} at ${(annualRate * 100).toFixed(2)}% for ${months} months: payment ${pay.toFixed(2)}${extra ? ` + extra ${extra}` : ""}`);
  let balance = principal;
  let totalInterest = 0;
  let month = 0;
  console.log(" mo   payment  interest principal    balance");
  while (balance > 0.005 && month < 1000) {
    month++;
    const interest = Math.round(balance * (annualRate / 12) * 100) / 100;
    let principalPart = pay + extra - interest;
    if (principalPart > balance) principalPart = balance;
    balance = Math.round((balance - principalPart) * 100) / 100;
    totalInterest += interest;
    if (month <= 3 || balance === 0 || month % 12 === 0) {
      console.log(`${String(month).padStart(3)} ${(principalPart + interest).toFixed(2).padStart(9)} ${interest.toFixed(2).padStart(9)} ${principalPart.toFixed(2).padStart(9)} ${balance.toFixed(2).padStart(10)}`);
    }
  }
  console.log(`paid off in ${month} months, total interest ${totalInterest.toFixed(2)}`);
}
schedule(10000, 0.06, 24);
schedule(10000, 0.06, 24, 200);
schedule(1200, 0, 12);
const rates = [0.03, 0.05, 0.07];
console.log(rates.map((r) => ({ rate: r, monthly: payment(250000, r, 360).toFixed(2), total: (payment(250000, r, 360) * 360).toFixed(0) })));
