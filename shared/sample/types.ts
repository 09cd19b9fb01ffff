/** A generated record: the entity's input fields and the id it must be stored under. */
export interface Sample<I> {
  id: string;
  input: I;
}
