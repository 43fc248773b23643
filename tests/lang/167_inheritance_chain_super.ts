// A four-level class chain with super calls in constructors and methods, plus overridden statics.
class Widget {
  static kind = "widget";
  protected log: string[] = [];
  constructor(public id: string) { this.log.push(`Widget(${id})`); }
  render(): string { return `<${this.tag()} id="${this.id}">${this.content()}</${this.tag()}>`; }
  tag(): string { return "div"; }
  content(): string { return ""; }
  history(): string[] { return this.log; }
}
class TextWidget extends Widget {
  static kind = "text";
  constructor(id: string, protected text: string) {
    super(id);
    this.log.push(`TextWidget(${text})`);
  }
  tag(): string { return "span"; }
  content(): string { return this.text; }
}
class Button extends TextWidget {
  static kind = "button";
  clicks = 0;
  constructor(id: string, text: string, private action: (n: number) => string) {
    super(id, text.toUpperCase());
    this.log.push("Button()");
  }
  tag(): string { return "button"; }
  click(): string {
    this.clicks++;
    return this.action(this.clicks);
  }
}
class IconButton extends Button {
  static kind = "icon-button";
  constructor(id: string, text: string, private icon: string) {
    super(id, text, (n) => `${icon} pressed ${n}x`);
    this.log.push(`IconButton(${icon})`);
  }
  content(): string { return `[${this.icon}] ` + super.content(); }
  render(): string { return super.render().replace("<button", "<button class=\"icon\""); }
}
const widgets: Widget[] = [new Widget("w1"), new TextWidget("t1", "hello"), new Button("b1", "ok", (n) => `ok#${n}`), new IconButton("i1", "save", "disk")];
for (const w of widgets) console.log(w.render());
for (const w of widgets) console.log(w.id, w.history().join(" > "));
for (const w of widgets) if (w instanceof Button) console.log(w.click(), w.click(), w.clicks);
console.log(Widget.kind, TextWidget.kind, Button.kind, IconButton.kind);
console.log(widgets[3]);
console.log(widgets.map((w) => [w instanceof Widget, w instanceof TextWidget, w instanceof Button, w instanceof IconButton].filter(Boolean).length));
