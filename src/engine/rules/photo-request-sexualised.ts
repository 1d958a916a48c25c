import type { Rule } from '../rule';
import { sexualisedPhotoRequest } from './sexualised-photo-request';

// A sexualised picture request ("a few in a swimsuit", "one without ur shirt") is a picture
// request too: the corpus labels both, and the popup should say "asked you for pictures" as well
// as "said sexual things". Same phrases, same matches, counted in the photo category.
export const photoRequestSexualised: Rule = {
  ...sexualisedPhotoRequest,
  id: 'photo-request-sexualised',
  category: 'photo_request',
  severity: 'notice',
  description: 'Asks for pictures of you undressed or in swimwear.',
};
