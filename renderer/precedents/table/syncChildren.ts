import type { ElementSpec, NodeSpec, SpecAttribute } from './nodeSpec';

const ATTRIBUTES: readonly SpecAttribute[] = ['class', 'title', 'lang', 'aria-hidden'];

/**
 * Makes `parent`'s children show `specs`, reusing the nodes already there position by position:
 * a text changes its data, an element of the same tag its attributes and children. A row given a
 * new paragraph keeps most of its nodes, so the browser restyles and lays out only what changed.
 * Without `titles`, the specs' tooltips are left out (and taken off the nodes that had them).
 */
export function syncChildren(parent: Node, specs: readonly NodeSpec[], titles: boolean): void {
  let child = parent.firstChild;
  for (const spec of specs) {
    let node: ChildNode;
    if (child && sameKind(child, spec)) {
      update(child, spec, titles);
      node = child;
    } else {
      node = create(spec, titles);
      if (child) child.replaceWith(node);
      else parent.appendChild(node);
    }
    child = node.nextSibling;
  }
  while (child) {
    const next = child.nextSibling;
    child.remove();
    child = next;
  }
}

function sameKind(node: ChildNode, spec: NodeSpec): boolean {
  return typeof spec === 'string' ? node.nodeType === Node.TEXT_NODE : node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === spec.tag;
}

function update(node: ChildNode, spec: NodeSpec, titles: boolean): void {
  if (typeof spec === 'string') {
    if ((node as Text).data !== spec) (node as Text).data = spec;
    return;
  }
  setAttributes(node as HTMLElement, spec, titles);
  syncChildren(node, spec.children, titles);
}

function create(spec: NodeSpec, titles: boolean): ChildNode {
  if (typeof spec === 'string') return document.createTextNode(spec);
  const element = document.createElement(spec.tag);
  setAttributes(element, spec, titles);
  syncChildren(element, spec.children, titles);
  return element;
}

function setAttributes(element: HTMLElement, spec: ElementSpec, titles: boolean): void {
  for (const name of ATTRIBUTES) {
    const value = name === 'title' && !titles ? undefined : spec.attributes?.[name];
    if (value === undefined) element.removeAttribute(name);
    else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
  const indent = spec.style?.paddingInlineStart ?? '';
  if (element.style.paddingInlineStart !== indent) element.style.paddingInlineStart = indent;
}
