export function LegalPage({ title, intro, items }: { title: string; intro: string; items: string[] }) {
  return (
    <article className="mx-auto max-w-3xl rounded-lg border border-stone-200 bg-white p-6">
      <h1 className="text-2xl font-bold text-stone-900">{title}</h1>
      <p className="mt-3 text-stone-800">{intro}</p>
      <ul className="mt-4 list-disc space-y-2 pl-5 text-stone-800">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </article>
  )
}
