/**
 * Given/when/then for pure deciders (emmett style):
 *   deciderSpec(decider).given([events]).when(command).then([events])
 *   deciderSpec(decider).given([events]).when(command).thenThrows(ErrorClass)
 */
export interface Decider<Command, Event, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

export function deciderSpec<Command, Event, State>(decider: Decider<Command, Event, State>) {
  return {
    given(events: Event[]) {
      const state = events.reduce(decider.evolve, decider.initialState());
      return {
        when(command: Command) {
          const run = () => decider.decide(command, state);
          return {
            then(expected: Event[]): void {
              expect(run()).toEqual(expected);
            },
            thenThrows(expected: (new (...args: never[]) => Error) | RegExp, message?: RegExp): void {
              expect(run).toThrow(expected as never);
              if (message) expect(run).toThrow(message);
            },
          };
        },
      };
    },
  };
}
