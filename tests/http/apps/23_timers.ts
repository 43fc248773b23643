// Timers: order, intervals, clearing, extra arguments; the program exits when none is left.
// Due times are 20 ms or more apart, so a loaded machine does not reorder them.
const order: string[] = [];
setTimeout(() => { order.push('t60'); print('t60'); }, 60);
setTimeout(() => { order.push('t20'); print('t20'); }, 20);
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
}, 40);
setTimeout(() => print('zero'), 0);
print('ids differ', cancelled !== iv, typeof iv);
