export interface Item {
  id: number;
  label: string;
}
export type Pred<T> = (x: T) => boolean;
