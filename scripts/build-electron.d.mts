export function buildElectron(opts?: { minify?: boolean; outdir?: string }): Promise<void>;
