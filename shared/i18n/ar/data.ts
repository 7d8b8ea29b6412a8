/** Arabic messages of the directory, committees, meetings and people import (main's refusals and reports). */
import type { data as fr } from '../fr/data'
import type { ArabicOf } from './types'

export const data: ArabicOf<typeof fr> = {
  notFound: {
    organisation: 'الهيئة غير موجودة: ربما تم حذفها.',
    person: 'الشخص غير موجود: ربما تم حذفه.',
    committee: 'اللجنة غير موجودة: ربما تم حذفها.',
    membership: 'الولاية غير موجودة: ربما تم حذفها.',
    meeting: 'الاجتماع غير موجود: ربما تم حذفه.',
    attendance: 'هذا الشخص غير وارد في لائحة حضور الاجتماع.',
    agendaItem: 'نقطة جدول الأعمال غير موجودة: ربما تم حذفها.',
    decision: 'النقطة المتفق عليها غير موجودة: ربما تم حذفها.',
    nextStep: 'الخطوة المقبلة غير موجودة: ربما تم حذفها.',
    engagement: 'الالتزام غير موجود: ربما تم حذفه.',
  },
  personDuplicate:
    'يوجد مسبقًا شخص بنفس الاسم في هذه الهيئة: {{name}}. تحققوا من أن الأمر لا يتعلق به، ثم أكّدوا للحفظ رغم ذلك.',
  membershipOverlap: 'هذا الشخص عضو مسبقًا في هذه اللجنة خلال هذه الفترة.',
  agendaItemOfAnotherMeeting: 'تنتمي نقطة جدول الأعمال هذه إلى اجتماع آخر.',
  reorderMismatch: 'لم تعد اللائحة مطابقة لعناصر الاجتماع: أعيدوا تحميل الاجتماع، ثم أعيدوا المحاولة.',
  import: {
    notAFile: 'الملف « {{name}} » ليس مصنف Excel (.xlsx) ولا ملف CSV.',
    oldExcel:
      'الملف « {{name}} » بصيغة Excel 97-2003 (.xls): احفظوه بصيغة .xlsx أو CSV، ثم أعيدوا المحاولة.',
    unreadable: 'تتعذر قراءة الملف « {{name}} »: {{reason}}',
    notAWorkbook: 'تتعذر قراءة الملف « {{name}} »: إنه أرشيف zip متضرر أو غير مكتمل، وليس مصنف Excel.',
    zipTooBig:
      'يتجاوز حجم الملف « {{name}} » بعد فك ضغطه {{max}} ميغابايت: ليس مصنفًا عاديًا (ربما « قنبلة zip »)، لذا تم رفضه.',
    tooManyCells:
      'يتضمن المصنف « {{name}} » أكثر من {{max}} خلية: أكثر مما يمكن لعملية استيراد قراءته. احذفوا الأسطر والأعمدة الفارغة (غالبًا ما تكون منسقة إلى أسفل الورقة)، أو احفظوا الورقة بصيغة CSV، التي يمكن أن تتضمن إلى غاية 50 000 سطر، ثم أعيدوا المحاولة.',
    tooManyCellsDeclared:
      'تمتد ورقة من المصنف « {{name}} » على النطاق {{range}}، أي {{count}} خلية: أكثر من الـ{{max}} التي يمكن لعملية استيراد قراءتها. احذفوا الأسطر والأعمدة الفارغة (غالبًا ما تكون منسقة إلى أسفل الورقة)، أو احفظوا الورقة بصيغة CSV، ثم أعيدوا المحاولة.',
    tooHeavy:
      'تتطلب قراءة الملف « {{name}} » ذاكرة أو وقتًا أكثر من اللازم: قسّموه إلى عدة ملفات، أو احفظوه بصيغة CSV، ثم أعيدوا المحاولة.',
    workerMissing: 'وحدة قراءة الملفات غير موجودة: أعيدوا تثبيت Copil.',
    unclosedQuote: 'ملف CSV غير سليم البنية: علامة تنصيص فُتحت في السطر {{line}} ولم تُغلق قط.',
    empty: 'الملف فارغ: لا يوجد أي سطر للاستيراد.',
    noSheet: 'لا يتضمن المصنف أي ورقة.',
    missingColumns:
      'أعمدة إلزامية غائبة عن السطر الأول: {{columns}}. الأعمدة المعترف بها: Civilité، Prénom، Nom، Fonction، Email، Téléphone، Organisation، Collège.',
    duplicateColumn: 'العمود {{column}} وارد مرتين في السطر الأول.',
    tooManyRows: 'يتضمن الملف أكثر من {{max}} سطر: قسّموه إلى عدة ملفات.',
    tooBig: 'يتجاوز الملف {{max}} ميغابايت: قسّموه إلى عدة ملفات.',
    tooBigUpload: 'يتجاوز الملف 30 ميغابايت: قسّموه إلى عدة ملفات.',
    noRows: 'لا يتضمن الملف سوى سطر العناوين: لا يوجد أي شخص للاستيراد.',
    hasFileErrors: 'تعذر الاستيراد: {{errors}}',
    columns: {
      civility: 'اللقب (Civilité)',
      firstName: 'الاسم الشخصي (Prénom)',
      lastName: 'الاسم العائلي (Nom)',
      function: 'الصفة (Fonction)',
      email: 'البريد الإلكتروني (Email)',
      phone: 'الهاتف (Téléphone)',
      organisation: 'الهيئة (Organisation)',
      side: 'الفئة (Collège)',
    },
    required: 'العمود {{column}}: إلزامي',
    tooLong: 'العمود {{column}}: نص طويل جدًا ({{max}} حرفًا على الأكثر)',
    badCivility: 'العمود {{column}}: « {{value}} » ليس Mme ولا M.',
    civilityForNew: 'العمود {{column}}: إلزامي لشخص جديد (Mme أو M.)',
    badEmail: 'العمود {{column}}: عنوان غير صالح (« {{value}} »)',
    badSide:
      'العمود {{column}}: قيمة غير معروفة « {{value}} » (المنتظر: administration أو société civile أو partenaire أو expert أو autre)',
    unknownOrganisation:
      'العمود {{column}}: « {{value}} » غير موجودة في الدليل؛ حدّدوا فئتها (العمود Collège) لإنشائها',
    sameAsRow: 'العمود {{column}}: نفس الشخص الوارد في السطر {{row}}',
  },
}
