/**
 * Care mode (关怀版) is remembered on the device under one localStorage key — the only thing the site
 * stores — and put back on <html data-care> before the first paint by CARE_RESTORE_SCRIPT, which
 * BaseLayout inlines in <head>. It must be inline: bundled scripts are modules, which run only after
 * the whole page is parsed, too late to avoid a flash of the default look. It is one constant, the
 * same bytes on every page, so the Content Security Policy allows it by its hash (InlineScript.astro).
 */
export const CARE_KEY = 'care-mode';

export const CARE_RESTORE_SCRIPT = `try{if(localStorage.getItem('${CARE_KEY}')==='1')document.documentElement.setAttribute('data-care','')}catch(e){}`;
