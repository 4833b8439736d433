/** What a form says when a write got no answer from the server (its own messages show as sent). */
export default {
  'forms.unreachable': 'Could not reach Rolecard; try again.',
};
