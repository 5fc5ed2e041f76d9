// Walking the syntax tree: the child fields of every node kind (in CPython's field order,
// which is source order except for decorators and IfExp's test), `children(node)` and a
// depth-first `walk` with enter/leave callbacks.
import type { Node } from './ast';

/** Fields holding child nodes (or arrays of them), per node kind. */
export const CHILD_FIELDS: Readonly<Record<Node['kind'], readonly string[]>> = {
  Module: ['body'],
  FunctionDef: ['decorator_list', 'args', 'returns', 'body'],
  AsyncFunctionDef: ['decorator_list', 'args', 'returns', 'body'],
  ClassDef: ['decorator_list', 'bases', 'keywords', 'body'],
  Return: ['value'],
  Delete: ['targets'],
  Assign: ['targets', 'value'],
  AugAssign: ['target', 'value'],
  AnnAssign: ['target', 'annotation', 'value'],
  For: ['target', 'iter', 'body', 'orelse'],
  AsyncFor: ['target', 'iter', 'body', 'orelse'],
  While: ['test', 'body', 'orelse'],
  If: ['test', 'body', 'orelse'],
  With: ['items', 'body'],
  AsyncWith: ['items', 'body'],
  Match: ['subject', 'cases'],
  Raise: ['exc', 'cause'],
  Try: ['body', 'handlers', 'orelse', 'finalbody'],
  TryStar: ['body', 'handlers', 'orelse', 'finalbody'],
  Assert: ['test', 'msg'],
  Import: ['names'],
  ImportFrom: ['names'],
  Global: [],
  Nonlocal: [],
  Expr: ['value'],
  Pass: [],
  Break: [],
  Continue: [],
  TypeAlias: ['name', 'value'],
  InvalidStmt: [],
  BoolOp: ['values'],
  NamedExpr: ['target', 'value'],
  BinOp: ['left', 'right'],
  UnaryOp: ['operand'],
  Lambda: ['args', 'body'],
  IfExp: ['test', 'body', 'orelse'],
  Dict: ['keys', 'values'],
  Set: ['elts'],
  ListComp: ['elt', 'generators'],
  SetComp: ['elt', 'generators'],
  DictComp: ['key', 'value', 'generators'],
  GeneratorExp: ['elt', 'generators'],
  Await: ['value'],
  Yield: ['value'],
  YieldFrom: ['value'],
  Compare: ['left', 'comparators'],
  Call: ['func', 'args', 'keywords'],
  FormattedValue: ['value', 'format_spec'],
  JoinedStr: ['values'],
  Constant: [],
  Attribute: ['value'],
  Subscript: ['value', 'slice'],
  Starred: ['value'],
  Name: [],
  List: ['elts'],
  Tuple: ['elts'],
  Slice: ['lower', 'upper', 'step'],
  InvalidExpr: [],
  comprehension: ['target', 'iter', 'ifs'],
  ExceptHandler: ['type', 'body'],
  arg: ['annotation'],
  arguments: ['posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'],
  keyword: ['value'],
  alias: [],
  withitem: ['context_expr', 'optional_vars'],
  match_case: ['guard', 'body'],
};

/** The direct children of a node, in field order. Dict keys and values stay paired. */
export function children(node: Node): Node[] {
  const out: Node[] = [];
  if (node.kind === 'Dict') {
    for (let i = 0; i < node.values.length; i++) {
      const key = node.keys[i];
      if (key) out.push(key);
      out.push(node.values[i]);
    }
    return out;
  }
  const record = node as unknown as Record<string, unknown>;
  for (const field of CHILD_FIELDS[node.kind]) {
    const value = record[field];
    if (!value) continue;
    if (Array.isArray(value)) {
      for (const v of value) if (v) out.push(v as Node);
    } else out.push(value as Node);
  }
  return out;
}

export interface Visitor {
  /** Called before a node's children; return false to skip them (leave is still called). */
  enter?(node: Node, parent: Node | null): boolean | void;
  /** Called after a node's children. */
  leave?(node: Node, parent: Node | null): void;
}

/**
 * The stacks of one walk: a node, its parent, and whether its children were already pushed,
 * `size` entries deep. Kept for the next walk (with their capacity: shortening a JS array
 * trims its storage), so a walk allocates nothing — the analysis walks loop and branch
 * bodies on every pass.
 */
class WalkStack {
  nodes: Node[] = [];
  parents: (Node | null)[] = [];
  expanded: boolean[] = [];
  size = 0;
  /** The deepest `size` since the last `clear`. */
  private used = 0;

  push(node: Node, parent: Node | null): void {
    const i = this.size++;
    if (this.size > this.used) this.used = this.size;
    if (i < this.nodes.length) {
      this.nodes[i] = node;
      this.parents[i] = parent;
      this.expanded[i] = false;
    } else {
      this.nodes.push(node);
      this.parents.push(parent);
      this.expanded.push(false);
    }
  }

  /** Drops references to the tree so a kept stack does not keep it alive. */
  clear(): void {
    this.nodes.fill(null as unknown as Node, 0, this.used);
    this.parents.fill(null, 0, this.used);
    this.size = this.used = 0;
  }
}

/** Stacks of finished walks (a visitor may start another walk, so there can be several). */
const spareStacks: WalkStack[] = [];

/** Depth-first walk (iterative, so deep trees cannot overflow the stack). */
export function walk(root: Node, visitor: Visitor | ((node: Node, parent: Node | null) => boolean | void)): void {
  const enter = typeof visitor === 'function' ? visitor : visitor.enter;
  const leave = typeof visitor === 'function' ? undefined : visitor.leave;
  const st = spareStacks.pop() ?? new WalkStack();
  try {
    st.push(root, null);
    while (st.size > 0) {
      const top = st.size - 1;
      const node = st.nodes[top];
      const parent = st.parents[top];
      if (st.expanded[top]) {
        st.size--;
        leave?.(node, parent);
        continue;
      }
      // Without a leave callback a node is done once entered.
      if (leave) st.expanded[top] = true;
      else st.size--;
      if (enter && enter(node, parent) === false) continue;
      pushChildrenReversed(node, st);
    }
  } finally {
    st.clear();
    spareStacks.push(st);
  }
}

/** Pushes `node`'s children so that the first child ends on top (the order of `children`). */
function pushChildrenReversed(node: Node, st: WalkStack): void {
  if (node.kind === 'Dict') {
    for (let i = node.values.length - 1; i >= 0; i--) {
      st.push(node.values[i], node);
      const key = node.keys[i];
      if (key) st.push(key, node);
    }
    return;
  }
  const record = node as unknown as Record<string, unknown>;
  const fields = CHILD_FIELDS[node.kind];
  for (let f = fields.length - 1; f >= 0; f--) {
    const value = record[fields[f]];
    if (!value) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const v = value[i] as Node | null;
        if (v) st.push(v, node);
      }
    } else st.push(value as Node, node);
  }
}

/**
 * The chain of nodes whose range contains `offset` (start <= offset <= end), from the root
 * down to the innermost one: what hover and go-to features look up under the cursor.
 */
export function nodesAt(root: Node, offset: number): Node[] {
  const path: Node[] = [];
  let current: Node | undefined = root;
  while (current) {
    path.push(current);
    let next: Node | undefined;
    for (const child of children(current)) {
      const r = child.range;
      // The last match wins, so at a boundary (`a|+b`) the node starting there is chosen.
      if (r.start <= offset && offset <= r.end) next = child;
    }
    current = next;
  }
  return path;
}
