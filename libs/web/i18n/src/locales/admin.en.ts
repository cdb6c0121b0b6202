/** English texts of the admin screens (merged into en.ts under `admin`). */
export const adminEn = {
  title: 'Company administration',
};
