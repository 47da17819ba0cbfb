// Material adds an unlabelled <nav> (the copy button's bar) to every code
// block, and several unlabelled navigation landmarks on one page confuse
// screen readers (axe: landmark-unique). Give each one its own name.
const label = (nav) => {
  const block = nav.parentElement;
  nav.setAttribute("aria-label", `Actions for code block ${block?.id?.replace("__code_", "") ?? ""}`.trim());
};

new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node instanceof Element && node.matches(".md-code__nav:not([aria-label])")) label(node);
    }
  }
}).observe(document.body, { childList: true, subtree: true });

for (const nav of document.querySelectorAll(".md-code__nav:not([aria-label])")) label(nav);
