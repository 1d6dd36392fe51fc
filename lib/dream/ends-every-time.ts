/**
 * What ends every time it happens, and so ends nothing the memory holds: "my shift is over, finally home" is not the
 * night shifts ended, "the meeting's done" or "the class is cancelled" no project or course given up. A day's work, a
 * meal, a class, a game, a trip's leg: said to be over, it is the day's news, no change to who the user is.
 * Read by the rule that retracts what is said to be over (extract.ts) and by the note that marks a change
 * (later-updates.ts); an optional word of which one ("my last shift", "today's class") comes before it.
 */
export const ENDS_EVERY_TIME = String.raw`(?:(?:first|second|last|next|this|today's|tonight's|\d+(?:st|nd|rd|th)) )?(?:(?:night|day|late|early|double|morning|evening) )?(?:shift|workday|work day|work week|day|night|week|weekend|meeting|call|class|lesson|lecture|seminar|session|game|match|lunch|dinner|breakfast|break|exam|test|quiz|interview|appointment|party|concert|show|movie|film|episode|flight|commute|school day|term|semester)`;
