import type { en } from './en';

/** The shape every language must fill: the keys of the English texts, any string as value. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Texts = Widen<typeof en>;
