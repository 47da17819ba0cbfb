// The template gallery: a "Copy subject" and a "Copy message" button on each
// letter. Without JavaScript the buttons stay hidden and the letters still read.
function wire() {
  for (const button of document.querySelectorAll(".letter__copy")) {
    if (button.dataset.wired) continue;
    button.dataset.wired = "yes";
    button.hidden = false;
    button.addEventListener("click", async () => {
      const letter = button.closest(".letter");
      const text =
        button.dataset.copy === "subject"
          ? letter.querySelector(".letter__subject-text").textContent
          : [...letter.querySelectorAll(".letter__body p")].map((p) => p.innerText).join("\n\n");
      const label = button.textContent;
      try {
        await navigator.clipboard.writeText(text);
        button.textContent = "Copied ✓";
      } catch {
        button.textContent = "Copy blocked: select the text instead";
      }
      setTimeout(() => (button.textContent = label), 2000);
    });
  }
}

if (window.document$) window.document$.subscribe(wire);
else wire();
