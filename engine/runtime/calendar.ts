import { incident } from '../errors.ts';
import type { Execution } from './execution.ts';
import type { FlowNode } from '../model/graph.ts';
import { addWorkingTime } from '../timers/business-calendar.ts';
import type { Duration } from '../timers/iso8601.ts';
import { policyReadBy } from './sla-policy.ts';

/** Adds a duration to an instant; counted in working time when a business calendar applies. */
export type DurationAdder = (start: number, duration: Duration) => number;

/**
 * The business calendar an element's durations count on: that of the SLA policy it read, else
 * its own `calendar` property, else its lane's, else its process's; none means plain time.
 */
export function calendarName(x: Execution, node: FlowNode): string | undefined {
  return (
    policyReadBy(x, node)?.terms.calendar ??
    node.properties.calendar ??
    (node.lane ? x.graph.laneProperties?.[node.lane]?.calendar : undefined) ??
    x.graph.properties?.calendar
  );
}

/** The working-time adder for an element, or undefined when it counts plain time. */
export function durationAdder(x: Execution, node: FlowNode): DurationAdder | undefined {
  return calendarAdder(x, calendarName(x, node), node.id);
}

/** The working-time adder of the calendar `name` (one that `elementId` counts on), if any. */
export function calendarAdder(
  x: Execution,
  name: string | undefined,
  elementId: string,
): DurationAdder | undefined {
  if (!name) return undefined;
  const calendar = x.ctx.calendars?.[name];
  if (!calendar)
    throw incident(
      `Business calendar '${name}' of ${elementId} is not configured on this server`,
      elementId,
    );
  return (start, d) => {
    // Working time is counted in hours and minutes; a working day is 24 plain hours of it.
    const ms =
      ((((d.years * 365 + d.months * 30 + d.weeks * 7 + d.days) * 24 + d.hours) * 60 + d.minutes) *
        60 +
        d.seconds) *
      1000;
    return addWorkingTime(start, ms, calendar);
  };
}
