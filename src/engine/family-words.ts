// The words for the child's relatives, in English and Spanish, shared by the two places that
// recognise family: a display name ("dad_steve", context.ts) and the child speaking to someone as
// family ("ok mom", family-address.ts). Each adds its own words: names also say "coach" or
// "brother"; a child also says "mami" or "abu" to a relative.
export const RELATIVES: readonly string[] = [
  'mom', 'mum', 'mommy', 'mama', 'mamá', 'dad', 'daddy', 'papa', 'papá',
  'grandma', 'grandpa', 'granny', 'nana', 'nan', 'abuela', 'abuelo', 'abue', 'aunt', 'auntie', 'uncle', 'tia', 'tía', 'tio', 'tío',
  // Indian English family words: an elder sister is "didi", grandmothers "dadi" and "nani". Not
  // "bhai" or "bhaiya": gamers and strangers are "bhai" (bro) to each other.
  'didi', 'dadi', 'nani', 'mausi', 'mummy',
];
