/** Arabic messages of the `copil` command line. */
import type { cli as fr } from '../fr/cli'
import type { ArabicOf } from './types'

export const cli: ArabicOf<typeof fr> = {
  help: `Copil — كتابة لجنة القيادة

الاستعمال: copil <الأمر> [الخيارات]

الأوامر:
  check --db FICHIER [--full]
                            يتحقق من سلامة القاعدة (كل صفحة) ومن إصدار بنيتها؛
                            --full يتحقق أيضًا من فهرس البحث مقابل النصوص (أطول)
  backup --db FICHIER --out FICHIER
                            ينشئ نسخة احتياطية من القاعدة (نسخ مباشر، مع التحقق من السلامة)
  restore --db FICHIER --from FICHIER
                            يسترجع نسخة احتياطية (تُحفظ القاعدة القديمة أولًا)
  demo --db FICHIER [--force]
                            يحمّل المثال: اجتماع لجنة القيادة بتاريخ 15 يوليوز 2020 وخطة
                            العمل 2018-2020 (قاعدة فارغة فقط؛ ينسخ --force القاعدة أولًا
                            في FICHIER.avant-exemple-<date>.sqlite، ثم يفرغها)
  import-json --db FICHIER PLAN.json
                            يستورد خطة عمل كاملة (الصيغة: docs/plan-format.md)؛
                            يُتحقق من الملف كله أولًا، ولا يُكتب أي شيء إن تضمن خطأ
  import-plan --db FICHIER [--title NOM] PLAN.xlsx|PLAN.json
                            يستورد خطة عمل من مصنف تتبعها (أعمدة
                            « export --plan ») أو من ملف JSON الخاص بها، مثل « استيراد خطة »؛
                            يُتحقق من الملف كله أولًا، ولا يُكتب أي شيء إن تضمن خطأ
  export-json --db FICHIER [--plan ID] --out PLAN.json
                            يصدّر خطة عمل كاملة بنفس الصيغة
  progress --db FICHIER [--plan ID] [--as-of AAAA-MM-JJ | --as-of-meeting ID] [--json]
                            تقدم الخطة ومحاورها والتزاماتها (جدول أو JSON)
  export --db FICHIER --plan ID --format xlsx --out FICHIER [--as-of AAAA-MM-JJ]
                            مصنف Excel لتتبع الخطة: سطر لكل نشاط
  export --db FICHIER --meeting ID --format pdf|xlsx|docx --out FICHIER
                            محضر خلاصات اجتماع
  adopt --db FICHIER --meeting ID [--at-meeting ID] [--date AAAA-MM-JJ]
                            يصادق على محضر اجتماع (خلال الاجتماع --at-meeting، حيث
                            تُسجَّل المصادقة كقرار): بصمة SHA-256، الصيغة،
                            القفل؛ لا يتغير المحضر المصادق عليه بعد ذلك (إلا باستدراك)
  verify --db FICHIER RELEVE.pdf
                            يبيّن ما إذا كان ملف PDF صيغة مصادقًا عليها، وأيّها، وإلا فما
                            الذي يختلف؛ رمز الخروج 0 فقط لصيغة مصادق عليها
  parse-participants [--json]
                            يقرأ لائحة مشاركين ملصقة (محضر، PDF، بريد إلكتروني) من
                            المدخل القياسي ويعرض، لكل شخص، اللقب والاسم الشخصي والاسم العائلي
                            والهيئة والاسم المختصر والصفة
  decisions --db FICHIER [--committee ID] [--meeting ID] [--status STATUT] [--from AAAA-MM-JJ] [--to AAAA-MM-JJ] [--json]
                            سجل القرارات: الرقم (D-2020-007)، الاجتماع، النقطة، الحالة
  actions --db FICHIER [--committee ID] [--meeting ID] [--open] [--json]
                            تتبع الإجراءات: المسؤول، الأجل، الحالة، الملاحظات؛ المتأخرة أولًا
  search --db FICHIER [--json] [--par-type N] "TERMES"
                            يبحث في الاجتماعات والتقديمات والنقاط المتداول فيها والقرارات
                            والإجراءات والأشخاص والهيئات والالتزامات والأنشطة (تُتجاهل
                            النبرات والأحرف الكبيرة والحركات العربية)؛ الرمز 1 عند غياب النتائج
  help                      يعرض هذه المساعدة

الخيارات المشتركة:
  --db FICHIER              قاعدة البيانات المستعملة (أو المتغير COPIL_DB)
  -h, --help                يعرض هذه المساعدة
`,
  unknownCommand: 'أمر غير معروف: « {{command}} ». اكتبوا « copil --help » للاطلاع على لائحة الأوامر.',
  missingDb: 'حدّدوا قاعدة البيانات بـ --db FICHIER (أو المتغير COPIL_DB).',
  badOption: 'خيار غير صالح: {{reason}}',
  demo: {
    notEmpty:
      'تتضمن القاعدة {{path}} بيانات مسبقًا: لم يُحمَّل المثال فيها.\nلتعويضها بالمثال، أعيدوا التشغيل مع --force (تُنشأ أولًا نسخة من القاعدة الحالية).',
    backedUp: 'نسخة من القاعدة الحالية: {{path}}',
    loaded: 'حُمّل المثال في {{path}}: اجتماع لجنة القيادة بتاريخ 15 يوليوز 2020 (رقم {{meetingId}}) وخطة العمل 2018-2020 (رقم {{planId}}).',
    previousKept: 'القاعدة السابقة للتحميل سليمة في: {{path}}',
  },
  participants: {
    line: '{{n}}. اللقب: {{civility}} · الاسم الشخصي: {{firstName}} · الاسم العائلي: {{lastName}} · الهيئة: {{organisation}} · الاسم المختصر: {{acronym}} · الصفة: {{function}}',
    none: '—',
    count_zero: 'لم يُقرأ أي شخص.',
    count_one: 'قُرئ شخص واحد.',
    count_two: 'قُرئ شخصان.',
    count_few: 'قُرئ {{count}} أشخاص.',
    count_many: 'قُرئ {{count}} شخصًا.',
    count_other: 'قُرئ {{count}} شخص.',
    skipped: 'تم تجاهل السطر {{line}} (ليس شخصًا ولا تتمة لشخص): « {{text}} »',
    nobody: 'لم يُقرأ أي شخص: الصقوا سطرًا لكل شخص، مثلًا « Mme Prénom NOM, Organisation ».',
  },
  check: {
    sound: 'قاعدة سليمة: {{path}}\nإصدار البنية: {{version}} ({{state}})',
    upToDate: 'محيَّنة',
    needsMigration: 'ستُحيَّن عند الفتح المقبل، الإصدار الحالي {{latest}}',
    integrityFailed: 'قاعدة متضررة: {{path}}\nالتحقق من السلامة: {{details}}',
    scopePages:
      'تم التحقق من: رأس الملف وحجمه، كل صفحة من الجداول والفهارس، عدد الصفحات، المراجع بين الجداول. يتم التحقق من توافق فهرس البحث مع النصوص بالأمر « copil check --full » وعند كل نسخة احتياطية.',
    scopeFull: 'تم التحقق من: رأس الملف وحجمه، كل صفحة، قائمة الصفحات الفارغة، فهرس البحث مقابل النصوص، المراجع بين الجداول.',
    brokenKeys: 'مراجع مكسورة بين الجداول: {{number}}',
    pagesUnaccounted: 'يضم الملف {{pageCount}} صفحة، لكن {{inTrees}} منها في الجداول والفهارس و{{free}} فارغة',
  },
}
