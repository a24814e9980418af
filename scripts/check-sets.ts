// Sets that are measured, never read or trained on: the fresh check sets (kept outside
// the repo, named by one or two letters) and the devset's measure-only half. One list for the
// error listings and for training, so a new check set is refused everywhere at once.
export const CHECK_SET =
  /(^|\/)(AA|B|C|CA|CB|CC|CD|CE|CF|CG|CH|CI|CJ|CK|CL|CM|CN|CO|CP|CQ|CR|CS|CT|CU|CV|CW|CX|CY|CZ|DA|DB|DC|DD|E|F|H|I|K|N|P|S|V|X)(\/|$)/u;
export const MEASURE_ONLY_DOC = /dev(3[7-9]|4\d)/u;
