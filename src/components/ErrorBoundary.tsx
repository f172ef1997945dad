// One failing part never blanks the app (issue 10): the shell, the current view and the evidence
// panel each sit inside a boundary that catches what goes wrong while rendering (or while loading a
// view's code), says so in Chinese and offers a way back. A boundary clears itself when `resetKey`
// changes, so choosing another view after an error shows that view. React itself reports the error
// on the console; nothing is sent anywhere.
import { Component, type ReactNode } from "react";
import { zh } from "../text/zh";

interface Props {
  children: ReactNode;
  /** What failed, as the message names it: 此视图, 页面, 原文面板. */
  what: string;
  /** The way back: its label and what it does. */
  back: { label: string; onClick: () => void };
  resetKey?: unknown;
  testId: string;
}

interface State {
  error: Error | null;
  key: unknown;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { what, back, testId } = this.props;
    return (
      <div className="load-error view-error" role="alert" data-testid={testId}>
        <strong>{zh.errors.title(what)}</strong>
        <p>{zh.errors.body}</p>
        <p className="view-error-detail">
          {zh.errors.detail}
          {error.message}
        </p>
        <button type="button" onClick={back.onClick} data-testid={`${testId}-back`}>
          {back.label}
        </button>
      </div>
    );
  }
}
