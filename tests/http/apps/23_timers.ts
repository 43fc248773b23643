// Timers: order, intervals, clearing, extra arguments; the program exits when none is left.
const order: string[] = [];
setTimeout(() => { order.push('t30'); print('t30'); }, 30);
setTimeout(() => { order.push('t10'); print('t10'); }, 10);
const cancelled = setTimeout(() => print('never'), 20);
clearTimeout(cancelled);
let ticks = 0;
const iv = setInterval(() => {
  ticks++;
  print('tick', ticks);
  if (ticks === 3) {
    clearInterval(iv);
    setTimeout(() => print('after interval, order', order.join(',')), 50);
  }
}, 15);
setTimeout(() => print('zero'), 0);
print('ids differ', cancelled !== iv, typeof iv);
