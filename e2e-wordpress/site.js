// Where the WordPress tests' site is served: not 4173, where the widget's own tests run, nor
// 4190, a port browsers refuse (the fetch standard's "bad ports").
export const PORT = 4191;
export const ORIGIN = `http://127.0.0.1:${PORT}`;
