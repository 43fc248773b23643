/**
 * Layout of C text within a line width, after Wadler's "prettier printer": a document is text,
 * possible line breaks, indentation and groups. A group prints flat when it fits in the line;
 * otherwise the first of its broken layouts whose first line fits, else its last layout.
 */

export type Doc = string | Doc[] | Line | Indent | Group;

/** A possible break: a space (or nothing, when soft) if its group is flat, else a new line. */
interface Line {
  k: "line";
  soft: boolean;
}

interface Indent {
  k: "indent";
  doc: Doc;
}

interface Group {
  k: "group";
  /** Layouts: the first is tried flat, then each (in order) broken. */
  layouts: Doc[];
  /** Never flat. */
  broken: boolean;
}

export const line: Doc = { k: "line", soft: false };
export const softline: Doc = { k: "line", soft: true };
export const indent = (doc: Doc): Doc => ({ k: "indent", doc });
export const group = (doc: Doc): Doc => ({ k: "group", layouts: [doc], broken: false });

/** A group with alternative broken layouts, tried in order. */
export const choice = (...layouts: Doc[]): Doc => ({ k: "group", layouts, broken: false });

/** The same group, never flat. */
export const broken = (doc: Doc): Doc =>
  typeof doc === "object" && !Array.isArray(doc) && doc.k === "group" ? { ...doc, broken: true } : doc;

export function join(sep: Doc, docs: Doc[]): Doc[] {
  return docs.flatMap((d, i) => (i ? [sep, d] : [d]));
}

type Mode = "flat" | "break";
interface Cmd {
  ind: number;
  mode: Mode;
  doc: Doc;
}

/**
 * Whether the commands fit in `width` columns up to their first line break. Groups nested in them
 * are measured in their parent's mode (broken ones broken); `rest` (what follows on the same line)
 * counts until its first possible break.
 */
function fits(next: Cmd[], rest: Cmd[], width: number): boolean {
  const cmds = [...next];
  let restIdx = rest.length;
  while (width >= 0) {
    if (!cmds.length) {
      if (!restIdx) return true;
      cmds.push(rest[--restIdx]);
      continue;
    }
    const { ind, mode, doc } = cmds.pop()!;
    if (typeof doc === "string") width -= doc.length;
    else if (Array.isArray(doc)) for (let i = doc.length - 1; i >= 0; i--) cmds.push({ ind, mode, doc: doc[i] });
    else if (doc.k === "indent") cmds.push({ ind, mode, doc: doc.doc });
    else if (doc.k === "line") {
      if (mode === "break") return true;
      if (!doc.soft) width--;
    } else {
      const m: Mode = doc.broken ? "break" : mode;
      cmds.push({ ind, mode: m, doc: m === "break" ? doc.layouts[doc.layouts.length - 1] : doc.layouts[0] });
    }
  }
  return false;
}

/** Lays a document out in `width` columns, starting at indentation `ind` (in spaces). */
export function layout(doc: Doc, ind: number, width: number, step = 4): string {
  let out = "";
  let pos = ind;
  const cmds: Cmd[] = [{ ind, mode: "break", doc }];
  while (cmds.length) {
    const { ind, mode, doc } = cmds.pop()!;
    if (typeof doc === "string") {
      out += doc;
      pos += doc.length;
    } else if (Array.isArray(doc)) {
      for (let i = doc.length - 1; i >= 0; i--) cmds.push({ ind, mode, doc: doc[i] });
    } else if (doc.k === "indent") {
      cmds.push({ ind: ind + step, mode, doc: doc.doc });
    } else if (doc.k === "line") {
      if (mode === "flat") {
        if (!doc.soft) {
          out += " ";
          pos++;
        }
      } else {
        out += "\n" + " ".repeat(ind);
        pos = ind;
      }
    } else if (mode === "flat") {
      cmds.push({ ind, mode: "flat", doc: doc.layouts[0] });
    } else {
      const flat: Cmd = { ind, mode: "flat", doc: doc.layouts[0] };
      if (!doc.broken && fits([flat], cmds, width - pos)) {
        cmds.push(flat);
        continue;
      }
      const tried = doc.layouts.slice(doc.layouts.length > 1 ? 1 : 0).map((d): Cmd => ({ ind, mode: "break", doc: d }));
      cmds.push(tried.find((c, i) => i === tried.length - 1 || fits([c], cmds, width - pos))!);
    }
  }
  return out;
}
