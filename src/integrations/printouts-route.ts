/**
 * The build's list of printouts as a JSON file, written by Astro among the pages so that the post-build
 * pipeline can read it (pdfs.ts). A route the pipeline injects (post-build.ts), so it exists only in
 * builds; the pipeline removes the file from dist/ once read: it is not part of the published site.
 */
import type { APIRoute } from 'astro';
import { getPrintouts } from '../content/printouts.ts';

export const prerender = true;

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getPrintouts()), { headers: { 'content-type': 'application/json' } });
