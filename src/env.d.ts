declare namespace App {
  interface Locals {
    /**
     * Set by a news post's page to its date (YYYY-MM-DD): the <Stat> and <KeyFigure> in the post then
     * show each figure as it stood that day (see src/content/figures.ts).
     */
    figuresAsOf?: string;
  }
}
