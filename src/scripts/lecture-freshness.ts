/**
 * A static page is as old as its build. In the browser, with the reader's clock: a lecture that has
 * ended since the build leaves every upcoming list ([data-upcoming]), one under way is marked, and a
 * list keeps showing at most its data-upcoming-limit items. Without JavaScript the build-time lists stand.
 */
function refresh(now: number): void {
  for (const list of document.querySelectorAll<HTMLElement>('[data-upcoming]')) {
    const limit = Number(list.dataset['upcomingLimit'] || Infinity);
    let shown = 0;
    for (const item of list.querySelectorAll<HTMLElement>('[data-lecture-end]')) {
      if (Date.parse(item.dataset['lectureEnd']!) <= now) {
        item.remove();
        continue;
      }
      item.hidden = ++shown > limit;
      const when = item.querySelector('.lecture-when');
      if (when && Date.parse(item.dataset['lectureStart']!) <= now && !when.querySelector('[data-live]')) {
        const badge = document.createElement('span');
        badge.className = 'status';
        badge.dataset['live'] = '';
        badge.textContent = list.dataset['liveLabel'] ?? '';
        when.append(' ', badge);
      }
    }
    if (shown === 0) {
      list.hidden = true;
      const empty = list.nextElementSibling;
      if (empty instanceof HTMLElement && empty.hasAttribute('data-upcoming-empty')) empty.hidden = false;
    }
  }
}

refresh(Date.now());
// A page left open (a phone on the notice-board stand) stays right.
setInterval(() => refresh(Date.now()), 60_000);
