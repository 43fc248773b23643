function logged(target: unknown, ctx: ClassMethodDecoratorContext): void {
  print(target, ctx.name);
}
class Svc {
  @logged
  run(): void {}
}
print(new Svc());
// expect: TSFW1001 5:3
