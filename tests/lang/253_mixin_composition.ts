// Composed mixins, A(B(C)): fields in construction order, methods from every layer, a named
// class expression, and instanceof along the chain.
type Ctor<T = {}> = new (...args: any[]) => T;

function Tagged<T extends Ctor>(Base: T) {
  return class Tagged extends Base {
    tags: string[] = [];
    tag(t: string): this {
      this.tags.push(t);
      return this;
    }
  };
}

function Versioned<T extends Ctor>(Base: T) {
  return class extends Base {
    version = 1;
    bump(): number {
      return ++this.version;
    }
  };
}

function Activatable<T extends Ctor>(Base: T) {
  return class extends Base {
    active = false;
    toggle(): boolean {
      this.active = !this.active;
      return this.active;
    }
  };
}

class Doc {
  constructor(
    public title: string,
    public pages: number,
  ) {}
  summary(): string {
    return `${this.title} (${this.pages}p)`;
  }
}

const RichDoc = Tagged(Versioned(Activatable(Doc)));
const r = new RichDoc("spec", 12);
r.tag("draft").tag("internal");
console.log(r.bump(), r.toggle(), r.summary(), r.tags.join("+"));
console.log(r);
console.log(JSON.stringify(r));
console.log(RichDoc.name, r.constructor.name, Object.keys(r).join(" "));
console.log(r instanceof RichDoc, r instanceof Doc);

const VersionedDoc = Versioned(Doc);
const TaggedVersioned = Tagged(VersionedDoc);
const t = new TaggedVersioned("notes", 3).tag("x");
console.log(t, t.bump(), t instanceof VersionedDoc, r instanceof VersionedDoc, t instanceof RichDoc);

// the other order gives other field orders
const Other = Activatable(Versioned(Tagged(Doc)));
const o = new Other("other", 1);
console.log(o, o.toggle(), o.tag("y").tags, o.constructor.name);
