// Benign context: what honestly lowers the weight of everyday signals. A parent arranging a
// pick-up, a classmate whose mom drives, a grandmother asking for the new address: these people
// bring the child's parents IN, where groomers keep them out (Olson et al. 2007). Context only
// halves the weak, everyday signals (scoring.ts), and it is void for anyone who also asks for
// secrecy, talks about sex, threatens or plays down an age gap, so a groomer cannot hide behind
// a word like "mom".
import { phraseFinder } from './phrases';
import { RELATIVES } from './family-words';

/** Parents involved in the plan, said by the other person or by the child. */
export const findParentInvolvement = phraseFinder({
  en: [
    '(my|our) (mom|dad|mum|parents|mother|father|stepdad|stepmom|grandma|grandpa) (said|says|can|will|is driving|is dropping|drives|could|would|is picking|picks|is gonna|is going to|will be|is making|is mailing|asked|wants to|knows|made|is home|are home)',
    '(ask|tell|check with|text|call|show) (your|my) (mom|dad|parents|mum|mother|father)',
    '(your|my) (mom|dad|parents|mum|mother|father) (can|could|said|says|asked|has to|needs to|will|should|is on|knows|signed|already signed|approved|is ok|are ok|says yes|said yes|said ok)',
    '(ill|i will|she will|shell|he will|hell|we will|well) (text|call|tell|talk to) (your|ur) (mom|dad|parents|mum)',
    '(if|when) (your|ur) (mom|dad|parents|mum) (says|say|are|is) (yes|ok|okay|fine)',
    '(parent|parents|guardian|a parent|a grown up|a grownup) (has to|have to|need to|needs to|must|can|should|please)',
    '(permission slip|permission form|consent form|consent box|pick up list|pick-up list)',
    '(meet|meeting) (your|ur) (mom|dad|parents) first',
    '(with|and) (your|ur|my) (mom|dad|parents) (there|too|present|home)',
  ],
  es: [
    '(mi|nuestra|nuestro) (madre|mama|mamá|padre|papa|papá|abuela|abuelo) (me lleva|nos lleva|dijo|dice|puede|va a|me deja|ya firmo|ya firmó|firmo|firmó|me da permiso)',
    '(pregunta|preguntale|pregúntale|dile|decile|avisale|avísale) a tu (mama|mamá|madre|papa|papá|padre)',
    'tu (mama|mamá|madre|papa|papá|padre) (puede|tiene que|dijo|ya|firma|firmó)',
    'se lo (digo|pregunto) a mi (padre|madre|mama|mamá|papa|papá)',
    '(la|una) autorizacion',
    '(mi|tu|su) (mama|mamá|madre|papa|papá|padre) ya (hablo|habló|sabe|dijo|firmo|firmó)',
  ],
});

/** Words that, as a display name's part, say the other person is family or a named teacher/coach. */
const FAMILY_OR_SCHOOL = new Set([
  ...RELATIVES,
  'madre', 'padre', 'stepdad', 'stepmom',
  'sis', 'sister', 'bro', 'brother', 'hermano', 'hermana', 'cousin', 'primo', 'prima', 'coach', 'ms', 'mrs', 'mr', 'teacher', 'profe', 'maestra', 'maestro',
]);

/** Whether a display name names family or a teacher or coach ("dad_steve", "Aunt Rosa", "ms_okafor"). */
export function isFamilyOrSchoolName(author: string): boolean {
  const words = author
    .replace(/([a-z])([A-Z])/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}]+/u);
  return words.some((w) => FAMILY_OR_SCHOOL.has(w));
}
